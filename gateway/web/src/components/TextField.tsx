import type { UseFormRegisterReturn } from 'react-hook-form';

/** A labelled one-line input, registered with its form, with its error beside it (announced with the field) and optional hint ids. */
export function TextField(props: {
  id: string;
  label: string;
  type?: 'text' | 'email' | 'tel';
  /** What react-hook-form's `register` gave for this value. */
  input: UseFormRegisterReturn;
  error?: string;
  /** Ids of hints elsewhere on the page that describe this field. */
  hintIds?: string;
  autoComplete?: string;
}) {
  const { id, label, type = 'text', input, error, hintIds, autoComplete } = props;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {error ? (
        <span id={errorId} className="error">
          {error}
        </span>
      ) : null}
      <input
        {...input}
        type={type}
        id={id}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintIds, errorId].filter(Boolean).join(' ') || undefined}
      />
    </div>
  );
}
