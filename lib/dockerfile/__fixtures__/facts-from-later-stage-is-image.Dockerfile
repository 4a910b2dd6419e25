FROM later
FROM alpine AS later
