import type { TestProject } from 'vitest/node';
import { prepareWorkspace } from './harness/prepare';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built extension, copied out of `.output` for this run. */
    extensionDir: string;
    /** Holds key.pem and cert.pem for the replicas' HTTPS server. */
    certDir: string;
  }
}

/** Builds the extension once for every browser test, and makes the replicas' certificate. */
export default function setup(project: TestProject): () => void {
  const workspace = prepareWorkspace();
  project.provide('extensionDir', workspace.extensionDir);
  project.provide('certDir', workspace.certDir);
  return workspace.dispose;
}
