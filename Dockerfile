# Rebound's container image: any front door, chosen by its arguments and environment (README, "Deploy").
#
#   mvn -B -DskipTests package                    # builds dist/target/rebound-<version>.tar.gz
#   docker build -t rebound .                     # or: podman build -t rebound .
#   docker build --build-arg BASE_IMAGE=my/jre:17 -t rebound .   # another Java 17+ runtime image
#
# Runs as a non-root user (uid 10001). Two volumes: /data (the MapDB store, or nothing with
# PostgreSQL) and /keys (the members' keys with PostgreSQL): never back the keys up with the data.
ARG BASE_IMAGE=eclipse-temurin:17-jre
FROM ${BASE_IMAGE}

ADD dist/target/rebound-*.tar.gz /opt/

ENV LANG=C.UTF-8 \
    REBOUND_DATA=/data \
    REBOUND_KEY_DIR=/keys \
    REBOUND_HEAP=512m \
    REBOUND_PROBE_PORT=8081 \
    SLACK_BIND=0.0.0.0 \
    HOME=/data

RUN mkdir -p /data /keys && chown 10001:10001 /data /keys && chmod 0700 /keys

USER 10001:10001
VOLUME ["/data", "/keys"]
# Slack's HTTP mode (SLACK_PORT); the probes, /live and /ready (REBOUND_PROBE_PORT).
EXPOSE 3000 8081

ENTRYPOINT ["/opt/rebound/bin/rebound"]
