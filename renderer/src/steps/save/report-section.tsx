import { useTranslation } from 'react-i18next';
import type { SaveOverview } from '@shared/api/save-calls';
import { OpenReport } from '../../components/open-report';

/** The migration folder and its report, shown at the end of the step so the user knows where everything is. */
export function ReportSection({ folder }: { readonly folder: SaveOverview['folder'] }) {
  const { t } = useTranslation('save');
  return (
    <section aria-labelledby="save-report-heading">
      <h2 id="save-report-heading">{t('report.heading')}</h2>
      {folder.path ? (
        <>
          <p>{t('report.explain')}</p>
          <dl className="report-paths">
            <dt>{t('report.folder')}</dt>
            <dd>
              <code>{folder.path}</code>
            </dd>
            <dt>{t('report.html')}</dt>
            <dd>
              <code data-testid="report-html-path">{folder.reportHtml}</code>
            </dd>
            <dt>{t('report.checksums')}</dt>
            <dd>
              <code>{folder.checksums}</code>
            </dd>
          </dl>
          <OpenReport />
        </>
      ) : (
        <p>{t('report.none')}</p>
      )}
    </section>
  );
}
