package org.safemobility.eligibility.authoring.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** RFC 7386 JSON Merge Patch, by cases worked out from the RFC's rules. */
class JsonMergePatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws JsonProcessingException {
        return JSON.readTree(text.replace('\'', '"'));
    }

    private static void check(String target, String patch, String expected) throws JsonProcessingException {
        JsonNode before = json(target);
        assertEquals(json(expected), JsonMergePatch.apply(before, json(patch)));
        assertEquals(json(target), before, "the target is not changed");
    }

    @Test
    void objectsMergeKeyByKeyAndDeeply() throws JsonProcessingException {
        check("{'a':1,'b':{'c':2,'d':3}}", "{'b':{'c':4},'e':5}", "{'a':1,'b':{'c':4,'d':3},'e':5}");
    }

    @Test
    void nullRemovesAKeyAndAnAbsentKeyStaysAbsent() throws JsonProcessingException {
        check("{'a':1,'b':{'c':2}}", "{'a':null,'b':{'c':null},'x':null}", "{'b':{}}");
    }

    @Test
    void arraysAndScalarsReplaceWhole() throws JsonProcessingException {
        check("{'a':[1,2,3],'b':{'c':1}}", "{'a':[4],'b':7}", "{'a':[4],'b':7}");
    }

    @Test
    void anObjectPatchOnANonObjectStartsFromAnEmptyObject() throws JsonProcessingException {
        check("{'a':[1]}", "{'a':{'b':null,'c':1}}", "{'a':{'c':1}}");
    }
}
