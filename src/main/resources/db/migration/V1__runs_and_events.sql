-- A run and every event it produced. Events are the record of what happened: results, the
-- environment and the log are read back from them, so nothing measured lives in two places.
create table runs (
    id          varchar(16)   primary key,
    experiment  varchar(100)  not null,
    params      varchar(20000) not null,   -- JSON: parameter name -> list of values (the grid)
    options     varchar(4000) not null,    -- JSON: profile, forks, iterations, JVM option ids
    plan        varchar(2000) not null,    -- JSON: points, forks, iterations, predicted millis
    client      varchar(64),
    status      varchar(16)   not null,
    created_at  timestamp with time zone not null,
    started_at  timestamp with time zone,
    finished_at timestamp with time zone,
    error       varchar(20000),
    lab_version varchar(40)   not null
);

create index runs_by_created on runs (created_at);
create index runs_by_status on runs (status);

create table run_events (
    run_id varchar(16) not null references runs (id),
    seq    integer     not null,           -- 1, 2, ... per run: the SSE id
    type   varchar(20) not null,
    at     timestamp with time zone not null,
    data   varchar(1000000) not null,      -- JSON object
    primary key (run_id, seq)
);
