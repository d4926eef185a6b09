package herald.render;

import freemarker.ext.beans.GenericObjectModel;
import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import herald.derive.View;

/**
 * FreeMarker's default wrapper, except that a view record's fields are read through
 * {@link ViewFields} instead of reflection. Anything else a template asks of a record (a name
 * that is not a field, a call such as {@code entry.title()}, its keys, its text) goes to the
 * model the default wrapper gives a record ({@link GenericObjectModel}), so a theme sees the same
 * values either way.
 */
final class ViewWrapper extends DefaultObjectWrapper {
    ViewWrapper() {
        super(Configuration.VERSION_2_3_34);
        writeProtect(); // shared by the render threads, as the default wrapper it replaces is
    }

    @Override
    protected TemplateModel handleUnknownType(Object value) throws TemplateModelException {
        if (value instanceof Record && value.getClass().getEnclosingClass() == View.class) {
            return new ViewModel(value, this);
        }
        return super.handleUnknownType(value);
    }

    /** One view record as a template hash. */
    private static final class ViewModel implements TemplateHashModelEx, TemplateScalarModel, AdapterTemplateModel,
            WrapperTemplateModel, MethodCallAwareTemplateHashModel {
        private final Object view;
        private final ViewWrapper wrapper;
        private GenericObjectModel fallback;

        ViewModel(Object view, ViewWrapper wrapper) {
            this.view = view;
            this.wrapper = wrapper;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Object value = ViewFields.get(view, key);
            return value == ViewFields.NONE ? fallback().get(key) : wrapper.wrap(value);
        }

        @Override
        public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException, ShouldNotBeGetAsMethodException {
            return fallback().getBeforeMethodCall(key);
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public int size() {
            return fallback().size();
        }

        @Override
        public TemplateCollectionModel keys() {
            return fallback().keys();
        }

        @Override
        public TemplateCollectionModel values() throws TemplateModelException {
            return fallback().values();
        }

        @Override
        public String getAsString() {
            return fallback().getAsString();
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return view;
        }

        @Override
        public Object getWrappedObject() {
            return view;
        }

        private GenericObjectModel fallback() {
            if (fallback == null) {
                fallback = new GenericObjectModel(view, wrapper);
            }
            return fallback;
        }
    }
}
