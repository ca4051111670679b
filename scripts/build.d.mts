/** Rebuilds the server bundle when its sources changed; true when it rebuilt. */
export function buildServer(): Promise<boolean>;
/** Rebuilds the web app when its sources changed; true when it rebuilt. */
export function buildWeb(): Promise<boolean>;
