# tn_embed(NAME BASE_DIR OUT_CPP FILES...): generates OUT_CPP holding the files as a sorted table
# of tn::EmbeddedFile {path relative to BASE_DIR, bytes, size}, exposed as tn::NAME().
function(tn_embed name base_dir out_cpp)
  set(files ${ARGN})
  list(SORT files)
  add_custom_command(
    OUTPUT ${out_cpp}
    COMMAND ${CMAKE_COMMAND} -DNAME=${name} -DBASE_DIR=${base_dir} -DOUT=${out_cpp}
            "-DFILES=${files}" -P ${CMAKE_SOURCE_DIR}/cmake/EmbedScript.cmake
    DEPENDS ${files} ${CMAKE_SOURCE_DIR}/cmake/EmbedScript.cmake
    COMMENT "Embedding ${name}"
    VERBATIM)
endfunction()
