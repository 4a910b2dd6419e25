# Single stage ------------------------------------------------------

# The full Node.js image, based on Debian
FROM node:24-trixie

WORKDIR /app

# The whole project folder, tests included
COPY . .

# Install dependencies (dev dependencies too) and run the tests
RUN npm install
RUN npm test

# The app listens on port 3000; it runs as root
EXPOSE 3000
CMD npm start
