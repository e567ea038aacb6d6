// Types of what demo.mjs exports, for the TypeScript that imports it (the server benchmark).

/** `medusa exec` path of the plugin's behaviour-model rebuild, relative to the demo app. */
export declare const REBUILD_SCRIPT: string

export declare function prepareDemoApp(): Promise<void>

/** The Node executable and arguments that run the demo app's Medusa CLI with `args`. */
export declare function medusaCommand(args: string[]): [string, string[]]

/** Runs the Medusa CLI in the demo app; throws when it fails. */
export declare function medusa(args: string[], env: NodeJS.ProcessEnv): Promise<void>
