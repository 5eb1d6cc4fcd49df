// Runs angular.json's `build` target, the @angular/build application builder,
// through the Angular Architect API: what `ng build` does, without the CLI's
// check for Node.js 22.22+ (this machine's Node.js is older, and the builder
// runs on it).
import { createRequire } from 'node:module';

// CommonJS packages, with folder imports that only require() resolves.
const require = createRequire(import.meta.url);
const { Architect } = require('@angular-devkit/architect');
const { WorkspaceNodeModulesArchitectHost } = require('@angular-devkit/architect/node');
const { logging, schema, workspaces } = require('@angular-devkit/core');
const { NodeJsSyncHost } = require('@angular-devkit/core/node');

const root = process.cwd();
const { workspace } = await workspaces.readWorkspace(root, workspaces.createWorkspaceHost(new NodeJsSyncHost()));
const registry = new schema.CoreSchemaRegistry();
registry.addPostTransform(schema.transforms.addUndefinedDefaults);
const architect = new Architect(new WorkspaceNodeModulesArchitectHost(workspace, root), registry);
const logger = new logging.Logger('ng-build');
logger.subscribe((entry) => (entry.level === 'error' || entry.level === 'fatal' ? console.error : console.log)(entry.message));
const run = await architect.scheduleTarget({ project: 'host', target: 'build' }, {}, { logger });
const result = await run.result;
await run.stop();
if (!result.success) {
  console.error('ng-build: the build failed');
  process.exit(1);
}
