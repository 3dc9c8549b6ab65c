import type { NotifyChannel } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';

/**
 * How a person wants to be told of their case's steps: one checkbox per channel they can be
 * reached on (e-mail and SMS need the address; LINE needs a LINE sign-in). None ticked: never.
 */
export function NotifyChoices(props: {
  idPrefix: string;
  offered: readonly NotifyChannel[];
  chosen: readonly NotifyChannel[];
  onChange(next: NotifyChannel[]): void;
  error?: string | null;
}) {
  const { t, label } = useI18n();
  const { idPrefix, offered, chosen, onChange, error } = props;
  const errorId = error ? `${idPrefix}-error` : undefined;
  return (
    <fieldset id={idPrefix} tabIndex={-1} className="choices" aria-describedby={[`${idPrefix}-hint`, errorId].filter(Boolean).join(' ')}>
      <legend>{t('notify.legend')}</legend>
      <p id={`${idPrefix}-hint`} className="hint">
        {t('notify.hint')}
      </p>
      {error ? (
        <span id={errorId} className="error" data-field-error="notifyBy">
          {error}
        </span>
      ) : null}
      {offered.map((channel) => (
        <label key={channel} className="choice">
          <input
            type="checkbox"
            id={`${idPrefix}-${channel}`}
            checked={chosen.includes(channel)}
            onChange={(e) => onChange(e.target.checked ? [...chosen, channel] : chosen.filter((c) => c !== channel))}
          />
          <span>{label('notifyChannel', channel)}</span>
        </label>
      ))}
    </fieldset>
  );
}
