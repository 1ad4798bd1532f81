import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

/**
 * `npm run test:electron`: the same in-host suite (out/test/integration/index.js) in desktop VS Code through
 * @vscode/test-electron, for machines that can download VS Code (or have one: set VSCODE_EXECUTABLE_PATH).
 * Offline machines use `npm run test:integration` (code-server) instead; this route then fails with a
 * message saying so. Set SA_VSCODE_VERSION to pick a version (default: stable).
 */
async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..', '..');
  const extensionTestsPath = path.join(__dirname, 'index.js');
  const workspace = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sa-electron-')), 'seeds');
  fs.cpSync(path.join(root, 'seeds'), workspace, { recursive: true });
  const resultsFile = path.join(path.dirname(workspace), 'results.json');
  try {
    const code = await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath,
      version: process.env.SA_VSCODE_VERSION || 'stable',
      ...(process.env.VSCODE_EXECUTABLE_PATH ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH } : {}),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
      extensionTestsEnv: { SA_TEST_RESULTS: resultsFile },
    });
    const r = readResults(resultsFile);
    console.log(r ? `${r.passed} passed, ${r.failed} failed` : `VS Code exited ${code}`);
    process.exitCode = code === 0 && (!r || r.failed === 0) ? 0 : 1;
  } catch (e) {
    const msg = String((e as Error)?.message ?? e);
    const offline = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|getaddrinfo|download/i.test(msg);
    console.error(offline
      ? `test:electron could not download VS Code (${msg.split('\n')[0]}).\n` +
        'This route needs update.code.visualstudio.com, or a local VS Code in VSCODE_EXECUTABLE_PATH.\n' +
        'Offline, run the same suite in code-server instead: npm run test:integration'
      : `test:electron failed: ${msg}`);
    const r = readResults(resultsFile);
    console.log(`${r?.passed ?? 0} passed, ${Math.max(1, r?.failed ?? 0)} failed`);
    process.exitCode = 1;
  } finally {
    fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
  }
}

function readResults(file: string): { passed: number; failed: number } | undefined {
  try { return JSON.parse(fs.readFileSync(file, 'utf8')) as { passed: number; failed: number }; } catch { return undefined; }
}

void main();
