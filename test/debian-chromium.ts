import { existsSync } from 'node:fs';

/** Debian's chromium (`apt-get install chromium`; .ci/run installs it): playwright-core downloads no browser. */
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** A browser suite's `skip`: false where chromium is installed, else why the suite cannot run. */
export const WITHOUT_CHROMIUM: string | false = existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing: install Debian chromium (apt-get install -y chromium) to run the browser tests`;
