'use client';

import { useActionState } from 'react';
import { addMenuItemAction, moveMenuItemAction, removeMenuItemAction } from '@/actions/admin';
import { FieldError } from '@/components/editor/field-error';
import { describedBy, FormMessage, initialAdminState, MoveButtons, shownValue, SubmitButton } from './form-parts';

interface Option {
  id: number;
  name: string;
}

/**
 * Adds a link to the header or a footer column. Every field is shown (the form works without
 * JavaScript); the one matching "Points to" is used.
 */
export function AddMenuItemForm({
  menu,
  sections,
  pages,
  columns,
}: {
  menu: 'header' | 'footer';
  sections: Option[];
  pages: Option[];
  columns: string[];
}) {
  const [state, action] = useActionState(addMenuItemAction, initialAdminState);
  const errors = state.fieldErrors;
  const id = (field: string) => `${menu}-${field}`;
  return (
    <form action={action} className="form-stack menu-add-form" noValidate>
      <input type="hidden" name="menu" value={menu} />
      <FormMessage state={state} errorLabel={`Add ${menu} link error`} />
      {menu === 'footer' && (
        <div className="field">
          <label htmlFor={id('columnLabel')}>Column</label>
          <input
            id={id('columnLabel')}
            name="columnLabel"
            maxLength={40}
            list={id('columns')}
            defaultValue={shownValue(state, 'columnLabel', columns[0] ?? '')}
            {...describedBy(id('columnLabel'), errors.columnLabel, id('columnLabel-hint'))}
          />
          <datalist id={id('columns')}>
            {columns.map((column) => (
              <option key={column} value={column} />
            ))}
          </datalist>
          <p id={id('columnLabel-hint')} className="field-hint">
            An existing column’s heading, or a new one (for example “About us” or “Follow us”).
          </p>
          <FieldError id={`${id('columnLabel')}-error`} message={errors.columnLabel} />
        </div>
      )}
      <div className="field">
        <label htmlFor={id('kind')}>Points to</label>
        <select id={id('kind')} name="kind" defaultValue={shownValue(state, 'kind', 'page')} {...describedBy(id('kind'), errors.kind)}>
          <option value="section">A section</option>
          <option value="page">A page</option>
          <option value="feed">A feed</option>
          <option value="url">An address (social profile, outside link)</option>
        </select>
        <FieldError id={`${id('kind')}-error`} message={errors.kind} />
      </div>
      <div className="menu-targets">
        <div className="field">
          <label htmlFor={id('sectionId')}>Section</label>
          <select
            id={id('sectionId')}
            name="sectionId"
            defaultValue={shownValue(state, 'sectionId', '')}
            {...describedBy(id('sectionId'), errors.sectionId)}
          >
            <option value="">—</option>
            {sections.map((section) => (
              <option key={section.id} value={section.id}>
                {section.name}
              </option>
            ))}
          </select>
          <FieldError id={`${id('sectionId')}-error`} message={errors.sectionId} />
        </div>
        <div className="field">
          <label htmlFor={id('pageId')}>Page</label>
          <select
            id={id('pageId')}
            name="pageId"
            defaultValue={shownValue(state, 'pageId', '')}
            {...describedBy(id('pageId'), errors.pageId)}
          >
            <option value="">—</option>
            {pages.map((page) => (
              <option key={page.id} value={page.id}>
                {page.name}
              </option>
            ))}
          </select>
          <FieldError id={`${id('pageId')}-error`} message={errors.pageId} />
        </div>
        <div className="field">
          <label htmlFor={id('url')}>Address (feed or link)</label>
          <input
            id={id('url')}
            name="url"
            maxLength={500}
            autoCapitalize="none"
            spellCheck={false}
            placeholder="/feed.xml or https://…"
            defaultValue={shownValue(state, 'url', '')}
            {...describedBy(id('url'), errors.url)}
          />
          <FieldError id={`${id('url')}-error`} message={errors.url} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={id('label')}>Label</label>
        <input
          id={id('label')}
          name="label"
          maxLength={60}
          defaultValue={shownValue(state, 'label', '')}
          {...describedBy(id('label'), errors.label, id('label-hint'))}
        />
        <p id={id('label-hint')} className="field-hint">
          Optional for a section or page (their own name is used); needed for a feed or an address.
        </p>
        <FieldError id={`${id('label')}-error`} message={errors.label} />
      </div>
      <div>
        <SubmitButton className="button button-primary" pendingLabel="Adding…">
          Add to the {menu}
        </SubmitButton>
      </div>
    </form>
  );
}

/** Move up, Move down and Remove for one link. */
export function MenuItemActions({ id, label, isFirst, isLast }: { id: number; label: string; isFirst: boolean; isLast: boolean }) {
  const [removeState, remove] = useActionState(removeMenuItemAction, initialAdminState);
  return (
    <div className="inline-form">
      <MoveButtons action={moveMenuItemAction} id={id} name={label} isFirst={isFirst} isLast={isLast} />
      <form action={remove} className="inline-form">
        <input type="hidden" name="id" value={id} />
        <SubmitButton className="button button-quiet" pendingLabel="Removing…">
          Remove<span className="visually-hidden"> {label}</span>
        </SubmitButton>
        <FormMessage state={removeState} errorLabel={`Remove ${label} error`} quietSuccess />
      </form>
    </div>
  );
}
