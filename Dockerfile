# Two images from one build:
#   docker build .                   → the plugin: nginx serving dist/ (the chart mounts TLS and nginx.conf)
#   docker build --target backend .  → the plugin's backend (backend/, one bundled file on Node 20)
FROM registry.access.redhat.com/ubi9/nodejs-20 AS build
USER 0
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund --ignore-scripts
COPY . .
RUN npm run build && npm run build:backend

FROM registry.access.redhat.com/ubi9/nodejs-20-minimal AS backend
COPY --from=build /src/dist-backend/server.js /opt/vdp/server.js
USER 1001
ENTRYPOINT ["node", "/opt/vdp/server.js"]

FROM registry.access.redhat.com/ubi9/nginx-124
COPY --from=build /src/dist /usr/share/nginx/html
USER 1001
ENTRYPOINT ["nginx", "-g", "daemon off;"]
