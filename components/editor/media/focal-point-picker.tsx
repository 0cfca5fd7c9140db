'use client';

import { useState, type KeyboardEvent, type MouseEvent } from 'react';
import { cropRectangle, cropShapes, type CropShapeName, type FocalPoint } from '@/lib/image-crops';

interface FocalPointPickerProps {
  /** The picture at display size, and its size. */
  src: string;
  width: number;
  height: number;
  initial: FocalPoint;
  /** Errors from the last save, by field. */
  error?: string | undefined;
}

const clamp = (value: number) => Math.min(100, Math.max(0, Math.round(value)));

/** Where `object-position` must put the picture for a box of the shape to show exactly the crop the server makes. */
function previewPosition(width: number, height: number, shape: CropShapeName, focal: FocalPoint): string {
  const crop = cropRectangle(width, height, shape, focal);
  const along = (start: number, size: number, whole: number) => (whole === size ? 50 : (start / (whole - size)) * 100);
  return `${along(crop.left, crop.width, width)}% ${along(crop.top, crop.height, height)}%`;
}

const previews: Array<{ shape: CropShapeName; label: string }> = [
  { shape: 'card', label: 'Story cards (16:9)' },
  { shape: 'social', label: 'Social networks (1.91:1)' },
];

/**
 * The point of a picture to keep when it is cropped: set by clicking the picture (or with the arrow keys,
 * or by typing percentages, which also work without JavaScript), with the crops readers will get beside it.
 */
export function FocalPointPicker({ src, width, height, initial, error }: FocalPointPickerProps) {
  const [focal, setFocal] = useState(initial);

  function onClick(event: MouseEvent<HTMLButtonElement>) {
    const box = event.currentTarget.getBoundingClientRect();
    // A click from the keyboard (Enter, Space) has no position: it leaves the point where it is.
    if (event.detail === 0 || box.width === 0 || box.height === 0) return;
    setFocal({ x: clamp(((event.clientX - box.left) / box.width) * 100), y: clamp(((event.clientY - box.top) / box.height) * 100) });
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const step = event.shiftKey ? 10 : 1;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    setFocal((current) => ({ x: clamp(current.x + move[0]), y: clamp(current.y + move[1]) }));
  }

  return (
    <fieldset className="focal-picker" aria-describedby={error ? 'focal-error' : 'focal-hint'}>
      <legend>Focal point</legend>
      <p id="focal-hint" className="field-hint">
        Click the part of the picture that must stay in view when it is cropped for a story card or a social network.
      </p>
      <div className="focal-picker-body">
        <button
          type="button"
          className="focal-picker-image"
          onClick={onClick}
          onKeyDown={onKeyDown}
          aria-label={`Focal point: ${focal.x}% from the left, ${focal.y}% from the top. Click the picture, or use the arrow keys, to move it.`}
        >
          <img src={src} alt="" width={width} height={height} />
          <span className="focal-marker" style={{ left: `${focal.x}%`, top: `${focal.y}%` }} aria-hidden="true" />
        </button>
        <div className="focal-previews">
          {previews.map(({ shape, label }) => (
            <figure key={shape} className="focal-preview">
              <img
                src={src}
                alt=""
                style={{
                  aspectRatio: `${cropShapes[shape].ratio[0]} / ${cropShapes[shape].ratio[1]}`,
                  objectPosition: previewPosition(width, height, shape, focal),
                }}
                data-shape={shape}
              />
              <figcaption>{label}</figcaption>
            </figure>
          ))}
        </div>
      </div>
      <div className="focal-inputs">
        <div className="field">
          <label htmlFor="focalX">From the left (%)</label>
          <input
            id="focalX"
            name="focalX"
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            value={focal.x}
            onChange={(event) => setFocal((current) => ({ ...current, x: clamp(Number(event.target.value) || 0) }))}
          />
        </div>
        <div className="field">
          <label htmlFor="focalY">From the top (%)</label>
          <input
            id="focalY"
            name="focalY"
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            value={focal.y}
            onChange={(event) => setFocal((current) => ({ ...current, y: clamp(Number(event.target.value) || 0) }))}
          />
        </div>
      </div>
      {error && (
        <p id="focal-error" className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
