import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';

/** The desk's pages for the unit's templates, notices, activities, outcomes, consultations, surveys, the office's partners and settings, linked from the queue. */
export function DeskCaseLinks() {
  const { t } = useI18n();
  return (
    <ul className="link-list">
      <li>
        <Link to="/desk/templates">{t('deskCases.templatesLink')}</Link>
      </li>
      <li>
        <Link to="/desk/notices">{t('deskNotices.link')}</Link>
      </li>
      <li>
        <Link to="/desk/activities">{t('deskActivities.link')}</Link>
      </li>
      <li>
        <Link to="/desk/outcomes">{t('deskOutcomes.link')}</Link>
      </li>
      <li>
        <Link to="/desk/consultations">{t('consultDesk.link')}</Link>
      </li>
      <li>
        <Link to="/desk/surveys">{t('surveyDesk.link')}</Link>
      </li>
      <li>
        <Link to="/desk/partners">{t('partnerDesk.link')}</Link>
      </li>
      <li>
        <Link to="/desk/settings">{t('deskCases.settingsLink')}</Link>
      </li>
    </ul>
  );
}
