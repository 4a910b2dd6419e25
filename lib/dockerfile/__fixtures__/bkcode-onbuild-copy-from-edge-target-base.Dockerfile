FROM alpine:3.23 AS assets
RUN echo hi > /hi

# The trigger does not run here, only in a stage built FROM base.
FROM alpine:3.23 AS base
ONBUILD COPY --from=assets /hi /hi

FROM base AS app
RUN cat /hi
