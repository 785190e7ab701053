import { describe, expect, it } from 'vitest';
import { commandEnvironmentFor } from '../../../main/removal/command-environment';

// The Program Files folders decide where an uninstaller .exe may live; they come from environment
// variables another program can set, so only plain drive folders are believed.
describe('commandEnvironmentFor on Windows', () => {
  it('keeps plain Program Files folders once each', () => {
    const env = { ProgramFiles: 'D:\\Program Files', 'ProgramFiles(x86)': 'D:\\Program Files (x86)', ProgramW6432: 'D:\\Program Files', SystemRoot: 'D:\\Windows' };
    expect(commandEnvironmentFor('win32', 'C:\\logs', env)).toEqual({
      platform: 'win32',
      logFolder: 'C:\\logs',
      systemRoot: 'D:\\Windows',
      programFiles: ['D:\\Program Files', 'D:\\Program Files (x86)'],
    });
  });

  it('drops network, nested, variable and shell-character folders, and falls back to the usual ones', () => {
    const env = {
      ProgramFiles: '\\\\evil\\share',
      'ProgramFiles(x86)': 'C:\\Users\\me\\Downloads',
      ProgramW6432: '%TEMP%',
      SystemRoot: 'C:\\Windows & calc',
    };
    const environment = commandEnvironmentFor('win32', 'C:\\logs', env);
    expect(environment.programFiles).toEqual(['C:\\Program Files', 'C:\\Program Files (x86)']);
    expect(environment.systemRoot).toBe('C:\\Windows');
  });

  it('keeps the plain one of a mixed set', () => {
    expect(commandEnvironmentFor('win32', 'C:\\logs', { ProgramFiles: 'C:\\Program Files', ProgramW6432: 'C:\\Program Files"x' }).programFiles).toEqual(['C:\\Program Files']);
  });
});
