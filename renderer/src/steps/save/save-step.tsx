import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversionOutcome } from '@shared/api/save-calls';
import type { PasswordFormatId } from '@shared/passwords/password-formats';
import { StepPage } from '../../components/step-page';
import type { StepProps } from '../step-props';
import { ConvertSection } from './convert-section';
import { ExportSection } from './export-section';
import { FolderSection } from './folder-section';
import { KasperskySection } from './kaspersky-section';
import { PlaintextSection } from './plaintext-section';
import { ReportSection } from './report-section';
import { useSaveOverview } from './use-save-overview';

/** Save: passwords (export → verified CSV), Kaspersky settings, licence and quarantine, all in one folder. */
export function SaveStep({ onCancel }: StepProps) {
  const { t } = useTranslation('save');
  const { overview, error, refresh, setOverview, offered, dismissOffer } = useSaveOverview();
  const [exportPath, setExportPath] = useState<string | null>(null);
  const [format, setFormat] = useState<PasswordFormatId | null>(null);
  const [outcome, setOutcome] = useState<ConversionOutcome | null>(null);

  const section = overview?.section;
  const chosenFormat = format ?? section?.format ?? 'bitwarden';
  const chosenExport = exportPath ?? section?.conversion?.exportFile ?? null;
  const converted = outcome?.status === 'done' || (outcome === null && section?.conversion != null);

  return (
    <StepPage step="save" title={t('title')} intro={<p>{t('intro')}</p>} next={{ label: t('next') }} onCancel={onCancel}>
      {error ? <p role="alert">{t('loadFailed', { message: error })}</p> : null}
      {!overview && !error ? <p role="status">{t('loading')}</p> : null}
      {overview ? (
        <>
          <FolderSection overview={overview} onChanged={setOverview} />
          <ExportSection
            overview={overview}
            chosen={chosenExport}
            onChoose={(path) => {
              setExportPath(path);
              setOutcome(null);
            }}
            onOverview={setOverview}
            offered={offered}
            onDismissOffer={dismissOffer}
          />
          <ConvertSection
            folder={overview.folder.path}
            exportPath={chosenExport}
            format={chosenFormat}
            onFormat={(f) => {
              setFormat(f);
              setOutcome(null);
            }}
            outcome={outcome}
            onOutcome={(o) => {
              setOutcome(o);
              void refresh();
            }}
          />
          {converted ? <PlaintextSection format={section?.conversion?.format ?? chosenFormat} onDeleted={() => void refresh()} /> : null}
          <KasperskySection overview={overview} part={converted ? 5 : 4} onChanged={() => void refresh()} />
          <ReportSection folder={overview.folder} />
          <p className="next-hint">{t('nextHint')}</p>
        </>
      ) : null}
    </StepPage>
  );
}
