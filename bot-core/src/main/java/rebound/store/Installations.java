package rebound.store;

import rebound.frontdoor.InstalledApps;

/**
 * Where a front door keeps the installations of an app that serves many workspaces (issue 20, "many
 * workspaces"): one record per installation, by an id the front door chooses ({@code slack:T123},
 * say), each record text (the platform's installation as JSON, with its bot token) sealed at rest
 * with a key kept outside the store, as member data is ({@link Sealer}). Implementations: the data
 * directory's own file ({@link InstallationFile}) or the database
 * ({@code rebound.store.postgres.PostgresInstallations}), whichever the members live in.
 */
public interface Installations extends InstalledApps {
}
