import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Disclosure } from '../../components/disclosure';
import { PickPathButton } from '../../components/pick-path-button';
import { formatDate, formatFileSize } from '../../i18n';
import type { CatalogProduct } from '@shared/alternatives/index';
import type { FoundInstallerView } from '@shared/api/choose-calls';
import type { InstallerCheck, InstallerRun } from '@shared/journal/choose-section';
import { api } from '../../lib/api';
import { CallError } from '../../lib/call-error';
import { errorMessage } from '../../lib/failure-text';

/**
 * An installer the user already downloaded: pick one found in Downloads or type a path, let main
 * check its signature against the chosen maker, and run it only after the user reads what happens.
 */
export function InstallerPanel({ product, platform }: { product: CatalogProduct; platform: string }) {
  const { t } = useTranslation('choose');
  const [found, setFound] = useState<{ folder: string; installers: FoundInstallerView[] } | null>(null);
  const [picked, setPicked] = useState<string>('');
  const [typed, setTyped] = useState('');
  // The typed path waits behind "My installer is somewhere else" when SafeSwitch found installers.
  const [pathOpen, setPathOpen] = useState(false);
  const [check, setCheck] = useState<InstallerCheck | null>(null);
  const [run, setRun] = useState<InstallerRun | null>(null);
  const [busy, setBusy] = useState<'checking' | 'running' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorLine = useRef<HTMLParagraphElement>(null);

  // A refusal is the result of the action: focus goes to it (issue 13.4), so a keyboard or screen
  // reader user at the Run button hears it and lands by the Check button it points back to.
  useEffect(() => {
    if (error) errorLine.current?.focus();
  }, [error]);

  useEffect(() => {
    if (platform === 'linux') return;
    void api.listInstallers({}).then(setFound, (e: unknown) => setError(errorMessage(e)));
  }, [platform]);

  if (platform === 'linux') {
    return (
      <section aria-labelledby="file-heading">
        <h3 id="file-heading">{t('get.fileHeading')}</h3>
        <p>{t('get.linux')}</p>
      </section>
    );
  }

  const listed = (found?.installers.length ?? 0) > 0;
  // What is in view is what is checked: a path typed behind a closed button does not count.
  const typedPath = listed && !pathOpen ? '' : typed.trim();
  const path = typedPath || picked;
  const inspect = async () => {
    setError(null);
    setRun(null);
    setCheck(null);
    if (!path) {
      setError(t('get.pickFirst'));
      return;
    }
    setBusy('checking');
    try {
      setCheck(await api.inspectInstaller({ productId: product.id, path }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };
  const start = async () => {
    if (!check) return;
    setError(null);
    setBusy('running');
    try {
      setRun(await api.runInstaller({ productId: product.id, path: check.path, consent: true }));
    } catch (e) {
      // A check that no longer holds (the file changed, or it was never checked) is dropped: the
      // next step is to check again, not to press Run a second time.
      if (e instanceof CallError && (e.code === 'installer-changed' || e.code === 'installer-not-checked')) setCheck(null);
      setError(t('get.refused', { message: errorMessage(e) }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="file-heading">
      <h3 id="file-heading">{t('get.fileHeading')}</h3>
      <p>{t('get.fileIntro', { vendor: product.vendor })}</p>
      {found ? (
        found.installers.length ? (
          <fieldset>
            <legend>{t('get.found', { folder: found.folder })}</legend>
            {found.installers.map((f) => (
              <div className="choice" key={f.path}>
                <input
                  type="radio"
                  name="installer"
                  id={`installer-${f.fileName}`}
                  checked={picked === f.path && !typedPath}
                  onChange={() => {
                    setPicked(f.path);
                    setTyped('');
                  }}
                />
                <label htmlFor={`installer-${f.fileName}`}>
                  {t('get.foundItem', { name: f.fileName, size: formatFileSize(f.sizeBytes), date: formatDate(f.modifiedAt) })}
                </label>
              </div>
            ))}
          </fieldset>
        ) : (
          <p>{t('get.noneFound', { folder: found.folder })}</p>
        )
      ) : null}
      <div className="actions">
        <PickPathButton
          kind="installer"
          label={t('get.pick')}
          disabled={busy !== null}
          onPicked={(path) => {
            setTyped(path);
            setPicked('');
            setPathOpen(true);
          }}
        />
      </div>
      {listed ? (
        <Disclosure label={t('get.pathToggle')} open={pathOpen} onToggle={setPathOpen}>
          <PathField platform={platform} value={typed} onChange={setTyped} />
        </Disclosure>
      ) : (
        <PathField platform={platform} value={typed} onChange={setTyped} />
      )}
      <div className="actions">
        <button type="button" className="button secondary" onClick={() => void inspect()} disabled={busy !== null}>
          {busy === 'checking' ? t('get.checkingFile') : t('get.check')}
        </button>
      </div>
      <div aria-live="polite">
        {error ? (
          <p role="alert" ref={errorLine} tabIndex={-1}>
            {error}
          </p>
        ) : null}
        {check ? (
          <div className={check.canRun ? 'result good' : 'result warning'}>
            <p>{t(`get.verdict.${check.verdict}`, { signer: check.signer ?? '', name: product.name, status: check.status ?? '' })}</p>
            {check.signer && check.verdict !== 'signed-by-vendor' ? <p>{t('get.signer', { signer: check.signer })}</p> : null}
          </div>
        ) : null}
      </div>
      {check?.canRun && !run ? (
        <div className="consent">
          <h4>{t('get.consentHeading')}</h4>
          <p>{platform === 'darwin' ? t('get.consentMac', { name: product.name }) : t('get.consentWin', { name: product.name })}</p>
          <button type="button" className="button primary" onClick={() => void start()} disabled={busy !== null}>
            {platform === 'darwin' ? t('get.open', { name: product.name }) : t('get.run', { name: product.name })}
          </button>
        </div>
      ) : null}
      <div aria-live="polite">
        {busy === 'running' ? <p>{t('get.running')}</p> : null}
        {run ? <p className={run.outcome === 'finished' || run.outcome === 'opened' ? 'result good' : 'result warning'}>{t(`get.outcome.${run.outcome}`, { code: run.exitCode ?? '' })}</p> : null}
      </div>
    </section>
  );
}

/** The installer's path, typed (the browser preview's way, and any folder the list does not cover). */
function PathField({ platform, value, onChange }: { platform: string; value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation('choose');
  return (
    <>
      <label htmlFor="installer-path">{t('get.pathLabel')}</label>
      <p id="installer-path-help" className="muted">
        {t(`get.pathHelp.${platform === 'darwin' ? 'darwin' : 'win32'}`)}
      </p>
      <input
        type="text"
        id="installer-path"
        aria-describedby="installer-path-help"
        value={value}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => onChange(e.target.value)}
      />
    </>
  );
}
