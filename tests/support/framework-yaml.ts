/**
 * A small framework as YAML for parser and comparison tests: one track, stage "one" then stage "two",
 * each given its roles as YAML lines (six spaces in, usually one flow mapping a role).
 */
export function twoStageYaml(stageOneRoles: string, stageTwoRoles: string): string {
  return `version: 1
name: Example
tracks: [{ key: main, title: Main }]
stages:
  - key: one
    track: main
    order: 1
    title: One
    focus: First.
    roles:
${stageOneRoles}
  - key: two
    track: main
    order: 2
    title: Two
    focus: Second.
    roles:
${stageTwoRoles}
`;
}
