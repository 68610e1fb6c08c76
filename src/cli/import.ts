/** `newsdigest import`: prints a summary line and one line per file it could not import. */
import type { App } from '../app/context.js';
import { AppError } from '../core/errors.js';
import { importFiles } from '../pipeline/import-files.js';
import { withApp, type CliCommand } from './input.js';

export async function importPaths(app: App, workspace: string, paths: string[]): Promise<number> {
  const progress = process.stderr.isTTY ? (done: number) => process.stderr.write(`\rimported ${done} records…`) : undefined;
  const report = await importFiles(paths, { workspace, topics: app.topics }, { store: app.store, clock: app.clock, logger: app.logger, onProgress: progress });
  if (progress) process.stderr.write('\n');
  for (const error of report.errors) process.stderr.write(`newsdigest: ${error.ref}: ${error.reason}\n`);
  process.stdout.write(
    `Imported ${report.inserted} ${report.inserted === 1 ? 'article' : 'articles'} from ${report.files} ${report.files === 1 ? 'file' : 'files'}` +
      ` into workspace ${workspace} (${report.duplicates} already stored, ${report.errors.length} not imported).\n`,
  );
  return report.inserted + report.duplicates === 0 && report.errors.length > 0 ? 1 : 0;
}

export const importCommand: CliCommand = (input) => {
  if (input.args.length === 0) throw new AppError('input_missing', 'Give one or more files or folders to import, e.g. newsdigest import examples.');
  return withApp(input, (app, workspace) => importPaths(app, workspace, input.args));
};
