FROM alpine:3.23 AS build
RUN echo hi > /hi

# A --from that names no stage becomes an image reference, parsed even in a stage
# the target does not need. A lowercase typo (biuld) would pass here.
FROM alpine:3.23 AS debug
COPY --from=Biuld /hi /hi

FROM alpine:3.23
COPY --from=build /hi /hi
