// Types of bundle.mjs: building the command-line bundle and checking whether it is stale.
export declare const OUT_DIR: string;
export declare const ENTRY: string;
export declare function isStale(): boolean;
export declare function buildCli(): Promise<string>;
export declare function ensureBundle(): Promise<string>;
