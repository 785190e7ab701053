import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversionOutcome } from '@shared/api/save-calls';
import type { PasswordFormatId } from '@shared/passwords/password-formats';
import { StepPage } from '../../components/step-page';
import { useWizard } from '../../store/wizard-store';
import type { StepProps } from '../step-props';
import { ConvertSection } from './convert-section';
import { ExportSection } from './export-section';
import { FolderSection } from './folder-section';
import { LicenceSection } from './licence-section';
import { PlaintextSection } from './plaintext-section';
import { ReportSection } from './report-section';
import { saveParts, type SavePart } from './save-parts';
import { SettingsSection } from './settings-section';
import { useSaveOverview } from './use-save-overview';

/**
 * Save, one thing per screen: where to keep everything → the export from Kaspersky Password
 * Manager → which password manager → import, then delete → Kaspersky's settings → its license,
 * renewal and quarantine → summary. Parts that do not apply are not shown; Back and Next move between parts.
 */
export function SaveStep({ onCancel }: StepProps) {
  const { t } = useTranslation('save');
  const { overview, error, refresh, setOverview, offered, dismissOffer } = useSaveOverview();
  const kasperskyFound = useWizard((s) => s.session?.journal.lastScan?.products.some((p) => /kaspersky/i.test(p.vendor)) ?? false);
  const [exportPath, setExportPath] = useState<string | null>(null);
  const [format, setFormat] = useState<PasswordFormatId | null>(null);
  const [outcome, setOutcome] = useState<ConversionOutcome | null>(null);
  const [part, setPart] = useState<SavePart>('folder');
  const body = useRef<HTMLDivElement>(null);
  const moved = useRef(false);

  const section = overview?.section;
  const chosenFormat = format ?? section?.format ?? 'bitwarden';
  const chosenExport = exportPath ?? section?.conversion?.exportFile ?? null;
  const converted = outcome?.status === 'done' || (outcome === null && section?.conversion != null);
  const parts = overview ? saveParts({ exportChosen: chosenExport !== null, converted, overview, kasperskyFound }) : ['folder' as const];
  const index = Math.max(0, parts.indexOf(part));
  // Until the overview is read there is no way on (no "Continue" that skips unseen parts); if it cannot be read, Continue.
  const last = (overview !== null || error !== null) && index === parts.length - 1;

  // A new part: its heading takes focus, so keyboard and screen-reader users start at its top.
  useEffect(() => {
    if (!moved.current) return;
    const heading = body.current?.querySelector('h2');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  }, [part]);
  const move = (to: SavePart) => {
    moved.current = true;
    setPart(to);
  };

  const shown = parts[index] ?? 'folder';
  return (
    <StepPage
      step="save"
      title={t('title')}
      intro={index === 0 ? <p>{t('intro')}</p> : undefined}
      next={last ? { label: t('next') } : { label: t('parts.next'), disabled: !overview, onClick: () => move(parts[index + 1] ?? 'summary') }}
      onBack={index > 0 ? () => move(parts[index - 1] ?? 'folder') : undefined}
      onCancel={onCancel}
    >
      {error ? <p role="alert">{t('loadFailed', { message: error })}</p> : null}
      {!overview && !error ? <p role="status">{t('loading')}</p> : null}
      {overview ? (
        <div ref={body}>
          <p className="muted part-position">{t('parts.position', { number: index + 1, total: parts.length, name: t(`parts.name.${shown}`) })}</p>
          {shown === 'folder' ? <FolderSection overview={overview} onChanged={setOverview} /> : null}
          {shown === 'export' ? (
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
          ) : null}
          {shown === 'convert' ? (
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
          ) : null}
          {shown === 'import' && converted ? <PlaintextSection format={section?.conversion?.format ?? chosenFormat} onDeleted={() => void refresh()} /> : null}
          {shown === 'import' && !converted ? (
            <section aria-labelledby="save-import-heading">
              <h2 id="save-import-heading">{t('plaintext.heading')}</h2>
              <p className="note">{t('plaintext.needConversion')}</p>
            </section>
          ) : null}
          {shown === 'kaspersky' ? <SettingsSection overview={overview} onChanged={() => void refresh()} /> : null}
          {shown === 'licence' ? <LicenceSection overview={overview} /> : null}
          {shown === 'summary' ? (
            <>
              <ReportSection folder={overview.folder} />
              <p className="next-hint">{t('nextHint')}</p>
            </>
          ) : null}
        </div>
      ) : null}
    </StepPage>
  );
}
