/** @type {import('next').NextConfig} */
const nextConfig = {
  // The course is a static site: `next build` writes it to out/, servable by any static host.
  output: "export",
  // Directory-style URLs (/lessons/why-multi-stage/) work on every static server.
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;
