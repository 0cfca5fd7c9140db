// The floor has nothing to start; without this file the build would look for one in the project above it.
export function register(): void {}
