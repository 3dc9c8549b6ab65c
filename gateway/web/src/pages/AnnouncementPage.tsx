import { ANNOUNCED_UNITS, ANNOUNCEMENT, MEASURES, TYPO_NOTE, type Measure } from '../announcement/announcement';
import type { Lang } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { unitLevelsPath } from './unit-levels';

const unitName = (code: string, lang: Lang) => ANNOUNCED_UNITS.find((unit) => unit.code === code)?.name[lang] ?? code;

/** One language's text of the announcement, marked with its language for screen readers. */
function AnnouncementText({ lang }: { lang: Lang }) {
  const { t, lang: shown } = useI18n();
  const [title, ...subject] = ANNOUNCEMENT.heading[lang];
  return (
    <section aria-labelledby={`text-${lang}-heading`} className="announcement-version">
      <h2 id={`text-${lang}-heading`}>{t(lang === 'th' ? 'announce.thaiText' : 'announce.englishText')}</h2>
      <div lang={lang} className="announcement-text" data-testid={`announcement-${lang}`}>
        <h3>{title}</h3>
        {subject.map((line) => (
          <p key={line} className="announcement-subject">
            {line}
          </p>
        ))}
        <p>{ANNOUNCEMENT.preamble[lang]}</p>
        <p>{ANNOUNCEMENT.units[lang]}</p>
        {lang === 'en' ? (
          <ol>
            {ANNOUNCED_UNITS.map((unit) => (
              <li key={unit.code}>{unit.name.en}</li>
            ))}
          </ol>
        ) : null}
        <p>{ANNOUNCEMENT.howIntro[lang]}</p>
        <ol className="announcement-measures">
          {MEASURES.map((measure) => (
            <li key={measure.level}>
              <span className="announcement-number">{measure.number[lang]}.</span>{' '}
              {lang === 'en' ? <strong>{measure.name.en}.</strong> : null} {measure.text[lang]}
            </li>
          ))}
        </ol>
        {lang === 'en' ? <p>{ANNOUNCEMENT.iap2.en}</p> : null}
        <p>{ANNOUNCEMENT.closing[lang]}</p>
        <p>{ANNOUNCEMENT.dated[lang]}</p>
        <p className="announcement-signature">
          <span lang="th">{ANNOUNCEMENT.signer}</span>
          <br />
          {ANNOUNCEMENT.signerTitle[lang]}
        </p>
      </div>
      {lang === 'th' ? (
        <p className="announcement-note" lang={shown}>
          {TYPO_NOTE[shown]}
        </p>
      ) : null}
    </section>
  );
}

/** One measure: its words, each unit's page at its level, and the pages made for it. */
function MeasureSection({ measure }: { measure: Measure }) {
  const { t, lang } = useI18n();
  const id = `measure-${measure.level}`;
  return (
    <section aria-labelledby={`${id}-heading`} id={id} className="announcement-measure">
      <h3 id={`${id}-heading`}>
        {measure.number[lang]}. {measure.name[lang]} <span className="meta">(IAP2 {measure.level})</span>
      </h3>
      <p>{measure.text[lang]}</p>
      <h4 id={`${id}-units`}>{t('announce.byUnit')}</h4>
      <ul className="announcement-units" aria-labelledby={`${id}-units`}>
        {ANNOUNCED_UNITS.map((unit) => (
          <li key={unit.code}>
            <Link to={unitLevelsPath(unit.code, [measure.level])}>{unit.name[lang]}</Link>
          </li>
        ))}
      </ul>
      {measure.hint ? <p className="hint">{measure.hint[lang]}</p> : null}
      <h4 id={`${id}-pages`}>{t('announce.pages')}</h4>
      {measure.pages.length ? (
        <ul className="service-links" aria-labelledby={`${id}-pages`}>
          {measure.pages.map((page) => (
            <li key={page.to}>
              <Link to={page.to}>{page.label[lang]}</Link>
              {page.unit ? <span className="meta"> — {unitName(page.unit, lang)}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('announce.noPages')}</p>
      )}
    </section>
  );
}

/**
 * The office's announcement of its five participation measures: the Thai text as published and
 * the English rendering (the page's language first, the other after), then each measure with links
 * to what each unit does under it. The words are in announcement/announcement.ts.
 */
export function AnnouncementPage() {
  const { t, lang } = useI18n();
  const order: Lang[] = lang === 'th' ? ['th', 'en'] : ['en', 'th'];
  return (
    <article className="announcement">
      <h1>{t('nav.announcement')}</h1>
      <p className="lead">{t('announce.lead')}</p>
      <p className="no-print">
        <button type="button" onClick={() => window.print()}>
          {t('evidence.print')}
        </button>
      </p>
      {order.map((version) => (
        <AnnouncementText key={version} lang={version} />
      ))}
      <section aria-labelledby="measures-heading">
        <h2 id="measures-heading">{t('announce.measures')}</h2>
        <p>{t('announce.measuresHint')}</p>
        {MEASURES.map((measure) => (
          <MeasureSection key={measure.level} measure={measure} />
        ))}
      </section>
    </article>
  );
}
