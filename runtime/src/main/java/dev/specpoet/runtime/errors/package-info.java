/**
 * The unchecked exceptions the runtime throws, all under {@link
 * dev.specpoet.runtime.errors.SpecPoetException}: one per status family ({@link
 * dev.specpoet.runtime.errors.ApiStatusException} and its subclasses), connection failures and
 * timeouts ({@link dev.specpoet.runtime.errors.ApiConnectionException}), and bodies that do not
 * parse ({@link dev.specpoet.runtime.errors.ResponseParseException}). No message ever holds a
 * credential.
 */
package dev.specpoet.runtime.errors;
