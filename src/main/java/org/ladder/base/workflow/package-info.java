/**
 * Workflow support every module's engine port builds on: typed process variables ({@link
 * org.ladder.base.workflow.ProcessVariable}) and the variables a contract hands to the engine ({@link
 * org.ladder.base.workflow.ProcessVariables}).
 */
package org.ladder.base.workflow;
