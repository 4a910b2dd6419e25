
FROM scratch
COPY su.b /sub
