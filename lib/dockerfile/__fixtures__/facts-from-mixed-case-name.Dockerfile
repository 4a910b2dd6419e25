FROM alpine AS builder
FROM Builder
