import { useEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { Field } from '../../../shared/model/field-catalogue';
import { displayOf, exactField, filterFields } from './field-filter';
import { FieldOption } from './FieldOption';

/** Height (px) the option list may take, to decide whether it opens below or above the box. */
const LIST_HEIGHT = 288;

/** Props of the MangoApps field combobox. */
export interface FieldPickerProps {
  id: string;
  /** Accessible name, e.g. "MangoApps field, row 3". */
  label: string;
  value: string;
  fields: readonly Field[];
  onChange(key: string): void;
  invalid?: boolean;
  describedBy?: string;
}

/**
 * A searchable MangoApps field picker following the ARIA combobox pattern (list autocomplete): typing
 * filters by label or key, arrows move, Enter picks, Escape closes. Alt+arrows are left to the row
 * (they move it), so the picker never swallows the table's reorder shortcut.
 */
export function FieldPicker({ id, label, value, fields, onChange, invalid, describedBy }: FieldPickerProps) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [place, setPlace] = useState<CSSProperties>({});
  const inputRef = useRef<HTMLInputElement>(null);
  const options = open ? filterFields(fields, query ?? '') : [];
  const typed = open && query !== null && query.trim() !== '';
  const listId = `${id}-listbox`;
  const optionId = (key: string) => `${id}-option-${key}`;
  const activeOption = options[Math.min(active, options.length - 1)];

  // The list is fixed-positioned so table scroll areas cannot clip it; it closes when anything scrolls.
  useEffect(() => {
    if (!open) return;
    const onScroll = (event: Event) => {
      if (!(event.target instanceof Node && document.getElementById(listId)?.contains(event.target))) close();
    };
    window.addEventListener('scroll', onScroll, true);
    window.addEventListener('resize', close);
    return () => {
      window.removeEventListener('scroll', onScroll, true);
      window.removeEventListener('resize', close);
    };
  }, [open, listId]);

  function show() {
    const rect = inputRef.current?.getBoundingClientRect();
    if (rect) {
      const below = window.innerHeight - rect.bottom;
      const vertical =
        below < LIST_HEIGHT && rect.top > below
          ? { bottom: window.innerHeight - rect.top + 4 }
          : { top: rect.bottom + 4 };
      setPlace({ ...vertical, left: rect.left, minWidth: rect.width });
    }
    setOpen(true);
  }

  function openList() {
    const selected = fields.findIndex((f) => f.key === value);
    setActive(selected >= 0 && selected < 100 ? selected : 0);
    show();
  }

  function close() {
    setOpen(false);
    setQuery(null);
  }

  function pick(field: Field) {
    if (field.key !== value) onChange(field.key);
    close();
  }

  function move(delta: number) {
    if (!open) return openList();
    const next = Math.max(0, Math.min(options.length - 1, active + delta));
    setActive(next);
    const option = options[next];
    if (option) document.getElementById(optionId(option.key))?.scrollIntoView?.({ block: 'nearest' });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      if (activeOption) pick(activeOption);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  }

  function onBlur() {
    if (query !== null) {
      // Typed and left: accept an exact key or label, treat an emptied box as "no field".
      const typed = query.trim();
      const match = exactField(fields, typed);
      if (match && match.key !== value) onChange(match.key);
      else if (typed === '' && value !== '') onChange('');
    }
    close();
  }

  return (
    <div className="picker">
      <input
        ref={inputRef}
        id={id}
        type="text"
        role="combobox"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && activeOption ? optionId(activeOption.key) : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        className={invalid ? 'input has-error' : 'input'}
        placeholder="Choose a field…"
        autoComplete="off"
        spellCheck={false}
        value={query ?? displayOf(fields, value)}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          if (!open) show();
        }}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
        onClick={() => (open ? close() : openList())}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={`${label}: options`}
        className="picker-list"
        style={place}
        hidden={!open}
      >
        {open && options.length === 0 && (
          <li className="picker-empty" role="presentation">
            No field matches “{query}”.
          </li>
        )}
        {typed && options.length > 0 && (
          <li className="picker-count" role="presentation" aria-live="polite">
            {options.length} of {fields.length} fields shown
          </li>
        )}
        {options.map((field) => (
          <FieldOption
            key={field.key}
            id={optionId(field.key)}
            field={field}
            active={field === activeOption}
            selected={field.key === value}
            onPick={pick}
          />
        ))}
      </ul>
    </div>
  );
}
