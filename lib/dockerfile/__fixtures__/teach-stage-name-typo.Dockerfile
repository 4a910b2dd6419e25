FROM alpine AS build
RUN make
FROM alpine
COPY --from=buidl /app/hello .
