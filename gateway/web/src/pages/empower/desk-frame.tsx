import type { ReactNode } from 'react';
import { forUnit } from '../../api/unit-operation';
import { useDeskUnit } from '../../api/unit-desk';
import type { DirectoryUnit } from '../../api/units';
import type { TypedDocumentString } from '../../gql/graphql';
import type { MessageKey } from '../../i18n/dictionary';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { sendForm } from '../unit-services/desk-send';

/**
 * A form's sender for one of the desk's operations in the signed-in person's unit (desk-empower.graphql
 * is written against Finance's root field); on success the page reloads what it lists.
 */
export const deskSender =
  (slug: string, reload: () => void) =>
  <T, V>(document: TypedDocumentString<T, V>, variables: V, done: MessageKey) =>
    sendForm(forUnit(document, slug), variables, done, reload);

/** The frame of a desk page: the way back to the queue, its title with the unit's name, its lead. */
export function DeskFrame(props: { title: MessageKey; lead: MessageKey; children(unit: DirectoryUnit): ReactNode }) {
  const { t, pick } = useI18n();
  const unit = useDeskUnit();
  if (!unit) return <p role="status">{t('desk.noUnit')}</p>;
  return (
    <>
      <p>
        <Link to="/desk">{t('desk.backToQueue')}</Link>
      </p>
      <h1>{t(props.title, { unit: pick(unit.nameTh, unit.nameEn) })}</h1>
      <p className="lead">{t(props.lead)}</p>
      {props.children(unit)}
    </>
  );
}

const EMPOWER_DESK: readonly [string, MessageKey][] = [
  ['/desk/drafts', 'empower.deskDrafts'],
  ['/desk/votes', 'empower.deskVotes'],
  ['/desk/initiatives', 'empower.deskInitiatives'],
  ['/desk/delegations', 'empower.deskDelegations'],
];

/** The desk's links to its drafts, votes, initiatives and delegated decisions. */
export function EmpowerDeskLinks() {
  const { t } = useI18n();
  return (
    <ul className="link-list" data-testid="desk-empower-links">
      {EMPOWER_DESK.map(([path, title]) => (
        <li key={path}>
          <Link to={path}>{t(title)}</Link>
        </li>
      ))}
    </ul>
  );
}
