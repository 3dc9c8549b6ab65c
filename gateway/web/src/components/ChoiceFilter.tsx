/** A select that narrows a list: "all" first, then each choice. */
export function ChoiceFilter<V extends string>(props: {
  id: string;
  label: string;
  allLabel: string;
  value: NoInfer<V> | '';
  choices: readonly { value: V; label: string }[];
  onChange(value: NoInfer<V> | ''): void;
}) {
  const { id, label, allLabel, value, choices, onChange } = props;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as V | '')}>
        <option value="">{allLabel}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
