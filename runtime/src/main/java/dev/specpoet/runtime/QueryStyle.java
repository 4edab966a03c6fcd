package dev.specpoet.runtime;

/**
 * How a query parameter's value is written (OpenAPI {@code style}/{@code explode}, plus the indexed
 * bracket form). Scalars are the same in every style: {@code name=value}.
 */
public enum QueryStyle {
  /**
   * {@code style: form, explode: true}: {@code id=1&id=2}; an object becomes {@code k1=v1&k2=v2}.
   */
  FORM,
  /**
   * {@code style: form, explode: false}: {@code id=1,2}; an object becomes {@code
   * name=k1,v1,k2,v2}.
   */
  FORM_NO_EXPLODE,
  /** {@code style: spaceDelimited}: {@code id=1%202}. */
  SPACE_DELIMITED,
  /** {@code style: pipeDelimited}: {@code id=1|2}. */
  PIPE_DELIMITED,
  /**
   * {@code style: deepObject}: {@code name[k1]=v1&name[k2]=v2}; nested objects recurse ({@code
   * name[k][sub]=v}), arrays repeat the key ({@code name[k]=a&name[k]=b}).
   */
  DEEP_OBJECT,
  /**
   * The value is turned into JSON and flattened with an index for every array element and a key for
   * every object property: {@code
   * filters[0][key]=model&filters[0][operator]=eq&filters[0][value][0]=gpt-4}.
   */
  INDEXED_BRACKETS
}
