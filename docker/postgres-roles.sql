-- Run once, when the PostgreSQL container initialises its data directory (docker-compose.yml).
-- Each service connects as a role of its own that does not own its tables (DATABASE_URL); the
-- postgres role creates, migrates and seeds the databases and owns them (MIGRATION_DATABASE_URL),
-- so the consent registry cannot switch off or get round its append-only triggers (ADR 0018).
-- The passwords are for this local setup only.
create role wohnnetz_housing login password 'wohnnetz';
create role wohnnetz_jobcenter login password 'wohnnetz';
create role wohnnetz_welfare login password 'wohnnetz';
create role wohnnetz_landlords login password 'wohnnetz';
create role wohnnetz_training login password 'wohnnetz';
create role wohnnetz_consent login password 'wohnnetz';
