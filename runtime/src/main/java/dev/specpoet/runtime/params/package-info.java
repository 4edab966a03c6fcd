/**
 * What every generated params class and its builder share whatever the spec says: the additional
 * headers and query parameters (and, for a JSON object body, additional body properties) that let
 * an application use an API feature the spec does not describe, the copies that keep params
 * immutable, and the message of a missing required field. A generated params class extends {@link
 * dev.specpoet.runtime.params.BaseParams} and its builder {@link
 * dev.specpoet.runtime.params.BaseParamsBuilder} (or {@link
 * dev.specpoet.runtime.params.BodyParamsBuilder}); they hold only the fields the operation
 * documents.
 */
package dev.specpoet.runtime.params;
