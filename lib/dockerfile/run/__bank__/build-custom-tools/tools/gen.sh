#!/bin/sh
# Writes a file the image serves; stands for any project-specific build tool.
set -eu
protoc --version > /generated.txt
