ARG BASE=Alpine:3.23

FROM ${BASE}
RUN true
