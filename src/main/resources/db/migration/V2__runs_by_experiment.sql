-- The catalog asks for each experiment's newest run and the run form for the newest run with the
-- same settings: both look runs up by experiment, newest first.
create index runs_by_experiment on runs (experiment, created_at);
