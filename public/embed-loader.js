// Click-to-load embeds (lib/embed-placeholders.ts): a provider's player loads only when the reader asks.
// Without this script the placeholder is a plain link to the original; a modified click still opens it.
document.addEventListener('click', function (event) {
  var link = event.target instanceof Element ? event.target.closest('a[data-embed-frame]') : null;
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  var frame = document.createElement('iframe');
  frame.className = 'embed-frame';
  frame.title = link.getAttribute('data-embed-title') || '';
  frame.allow = 'autoplay; encrypted-media; fullscreen; picture-in-picture; clipboard-write';
  frame.allowFullscreen = true;
  frame.referrerPolicy = 'strict-origin-when-cross-origin';
  frame.setAttribute(
    'sandbox',
    'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation allow-forms',
  );
  frame.src = link.getAttribute('data-embed-frame');
  link.replaceWith(frame);
  frame.focus();
});
