CREATE TABLE preference (
    k VARCHAR(100) PRIMARY KEY,
    v VARCHAR(4000)
);

CREATE TABLE run (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    topic VARCHAR(40) NOT NULL,
    params CLOB NOT NULL,
    results CLOB NOT NULL,
    at TIMESTAMP NOT NULL
);
CREATE INDEX run_topic ON run(topic, id);
