/**
 * Form building blocks. Every control has a visible label tied to it, hints are announced with
 * aria-describedby, and a locked section is a disabled <fieldset> whose legend says who set it.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import { t } from './i18n.js';

export function Section(props: {
  readonly name: string;
  readonly title: string;
  readonly locked?: boolean;
  readonly hint?: string;
  readonly children: ComponentChildren;
}) {
  const hintId = useId();
  return (
    <fieldset
      disabled={props.locked === true}
      data-section={props.name}
      data-locked={props.locked === true ? 'true' : undefined}
      aria-describedby={props.hint !== undefined ? hintId : undefined}
    >
      <legend>
        {props.title}
        {props.locked === true && (
          <span class="locked" data-testid="opt-locked">
            {t('options_locked')}
          </span>
        )}
      </legend>
      {props.hint !== undefined && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {props.children}
    </fieldset>
  );
}

export function TextField(props: {
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly onInput: (value: string) => void;
  readonly hint?: string;
  readonly type?: 'text' | 'url' | 'tel' | 'date';
  readonly maxLength?: number;
  readonly placeholder?: string;
  readonly multiline?: boolean;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const common = {
    id,
    name: props.name,
    value: props.value,
    maxLength: props.maxLength,
    placeholder: props.placeholder,
    'aria-describedby': props.hint !== undefined ? hintId : undefined,
    onInput: (e: Event) => props.onInput((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      {props.multiline === true ? <textarea {...common} rows={3} /> : props.type === 'date' ? <input type="date" {...common} /> : <input type={(props.type ?? 'text') as 'text'} {...common} />}
      {props.hint !== undefined && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
    </div>
  );
}

export function NumberField(props: {
  readonly name: string;
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly onInput: (value: number) => void;
  readonly hint?: string;
}) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <input
        id={id}
        type="number"
        name={props.name}
        inputMode="numeric"
        min={props.min}
        max={props.max}
        step={1}
        value={Number.isFinite(props.value) ? String(props.value) : ''}
        aria-describedby={props.hint !== undefined ? `${id}-hint` : undefined}
        onInput={(e) => {
          const raw = (e.currentTarget as HTMLInputElement).value;
          props.onInput(raw.trim() === '' ? Number.NaN : Number(raw));
        }}
      />
      {props.hint !== undefined && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
    </div>
  );
}

function toLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

/** A list of short values, one per line. Keeps the text as typed; the list drops blank lines. */
export function ListField(props: {
  readonly name: string;
  readonly label: string;
  readonly value: readonly string[];
  readonly onChange: (value: string[]) => void;
  readonly hint?: string;
  readonly placeholder?: string;
}) {
  const id = useId();
  const [text, setText] = useState(props.value.join('\n'));
  // Follow changes made elsewhere (an import, a reset) without fighting the person typing.
  useEffect(() => {
    if (toLines(text).join('\n') !== props.value.join('\n')) setText(props.value.join('\n'));
  }, [props.value]);
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <textarea
        id={id}
        name={props.name}
        rows={Math.min(8, Math.max(2, props.value.length + 1))}
        value={text}
        placeholder={props.placeholder}
        aria-describedby={`${id}-hint`}
        onInput={(e) => {
          const value = (e.currentTarget as HTMLTextAreaElement).value;
          setText(value);
          props.onChange(toLines(value));
        }}
      />
      <p class="hint" id={`${id}-hint`}>
        {props.hint !== undefined ? `${props.hint} ` : ''}
        {t('options_one_per_line')}
      </p>
    </div>
  );
}

export function Checkbox(props: {
  readonly name: string;
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}) {
  const id = useId();
  return (
    <div class="field">
      <span>
        <input id={id} type="checkbox" name={props.name} checked={props.checked} onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)} />{' '}
        <label for={id}>{props.label}</label>
      </span>
    </div>
  );
}

export function Select<T extends string>(props: {
  readonly name: string;
  readonly label: string;
  readonly value: T;
  readonly options: readonly (readonly [T, string])[];
  readonly onChange: (value: T) => void;
  readonly hint?: string;
}) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select
        id={id}
        name={props.name}
        value={props.value}
        aria-describedby={props.hint !== undefined ? `${id}-hint` : undefined}
        onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value as T)}
      >
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      {props.hint !== undefined && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
    </div>
  );
}

/** Rows of records with add and remove buttons; each row renders its own labelled fields. */
export function RowList<T>(props: {
  readonly name: string;
  readonly label: string;
  readonly items: readonly T[];
  readonly empty: T;
  readonly max: number;
  readonly onChange: (items: T[]) => void;
  readonly renderRow: (item: T, update: (item: T) => void, index: number) => ComponentChildren;
  readonly itemLabel: (index: number) => string;
}) {
  const replace = (i: number, item: T): void => props.onChange(props.items.map((x, k) => (k === i ? item : x)));
  return (
    <div class="field" role="group" aria-label={props.label} data-list={props.name}>
      <span>{props.label}</span>
      {props.items.map((item, i) => (
        <div class="row" key={i} role="group" aria-label={props.itemLabel(i)}>
          {props.renderRow(item, (next) => replace(i, next), i)}
          <button type="button" aria-label={t('options_remove_item', props.itemLabel(i))} onClick={() => props.onChange(props.items.filter((_, k) => k !== i))}>
            {t('options_remove')}
          </button>
        </div>
      ))}
      <div>
        <button type="button" disabled={props.items.length >= props.max} onClick={() => props.onChange([...props.items, props.empty])}>
          {t('options_add')}
        </button>
      </div>
    </div>
  );
}
