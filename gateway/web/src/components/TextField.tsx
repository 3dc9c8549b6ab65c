/** A labelled one-line input with its error beside it (announced with the field) and optional hint ids. */
export function TextField(props: {
  id: string;
  label: string;
  type?: 'text' | 'email' | 'tel';
  value: string;
  onChange(value: string): void;
  error?: string;
  /** Ids of hints elsewhere on the page that describe this field. */
  hintIds?: string;
  autoComplete?: string;
}) {
  const { id, label, type = 'text', value, onChange, error, hintIds, autoComplete } = props;
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
        type={type}
        id={id}
        autoComplete={autoComplete}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintIds, errorId].filter(Boolean).join(' ') || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
