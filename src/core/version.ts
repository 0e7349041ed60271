// Tool identity for reports and SARIF. A unit test keeps TOOL_VERSION equal to package.json's version
// (the core cannot read package.json at run time in every host).
export const TOOL_NAME = 'AI Release Readiness';
export const TOOL_ID = 'release-readiness';
export const TOOL_VERSION = '0.1.0';
export const TOOL_INFORMATION_URI = 'https://github.com/ai-release-readiness/ai-release-readiness';
