
FROM scratch
COPY . /ctx
