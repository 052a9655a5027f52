/**
 * Demo content for the run command ({@code livebrief.demo=true}): the demo briefings under
 * {@code src/main/resources/demo/} and the names they mention. The top of the dependency graph: it may use
 * every feature's public classes, and no feature uses it (checked by {@code ArchitectureTest}).
 */
package org.livebrief.demo;
